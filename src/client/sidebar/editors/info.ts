/**
 * The plan info editor (`Thông tin chung`), and the first run: saving it creates the sheets the
 * plan needs; the server answers with the whole plan, loaded again.
 */
import { saveInfo } from '../api';
import {
  CIRCULAR_IDS,
  checkInfo,
  defaultCircular,
  INFO_FORM_KEYS,
  parseSchoolLevel,
  SCHOOL_LEVEL_LABEL,
} from '../core';
import { h, heading, option } from '../dom';
import type { InfoForm, InfoFormKey } from '../protocol';
import { data, setData, type Go } from '../state';
import { failure, say } from '../status';
import { T } from '../strings';
import { fieldBlock, markErrors, readForm, type Control, type Field } from './fields';
import { formFooter, submitButton, submitChecked } from './form';

const LABELS: Readonly<Record<InfoFormKey, string>> = {
  schoolName: T.info.schoolName,
  governingBody: T.info.governingBody,
  schoolLevel: T.info.schoolLevel,
  catalog: T.info.catalog,
  schoolYear: T.info.schoolYear,
  docNumber: T.info.docNumber,
  place: T.info.place,
  signerTitle: T.info.signerTitle,
  signer: T.info.signer,
};
const HINTS: Readonly<Partial<Record<InfoFormKey, string>>> = {
  schoolYear: T.info.schoolYearHint,
  docNumber: T.info.docNumberHint,
};

export function infoEditor(go: Go): Node {
  const { firstRun: first, infoForm: value } = data();
  const form = h('form', { class: 'editor', novalidate: true });
  const fields = {} as Record<InfoFormKey, Field>;
  const controls = infoControls(value);
  for (const k of INFO_FORM_KEYS) {
    const { block, field } = fieldBlock(`i-${k}`, LABELS[k], controls[k], {
      required: k === 'schoolName' || k === 'schoolLevel' || k === 'schoolYear',
      hint: HINTS[k],
    });
    fields[k] = field;
    form.append(block);
  }
  const read = (): InfoForm => readForm(fields, INFO_FORM_KEYS);
  const showErrors = (errors: { field: InfoFormKey; message: string }[], focus = true): void => {
    const first = markErrors(fields, INFO_FORM_KEYS, errors);
    if (focus) first?.focus();
  };
  submitChecked(form, read, checkInfo, showErrors, (formValues) => {
    saveInfo({ form: formValues, version: data().infoVersion })
      .then((res) => {
        if (!res.ok && res.kind === 'invalid')
          return (say(res.message, true), showErrors(res.errors));
        if (!res.ok && res.kind === 'busy') return say(res.message, true);
        // Saved, or changed by someone else since the load: either way the sheet's plan now.
        setData(res.data);
        go({ kind: res.ok ? 'list' : 'info' });
        say(res.message, !res.ok);
      })
      .catch(failure);
  });
  form.append(formFooter(submitButton(first ? T.info.create : T.info.save)));
  return h(
    'div',
    null,
    heading(first ? T.info.firstTitle : T.info.title),
    first ? h('p', null, T.info.firstIntro) : null,
    form,
  );
}

/**
 * Text inputs, but two selects: the school level (keeping a value it does not offer) and the
 * catalog, whose first choice follows the level ("by level (TT17/2018)").
 */
function infoControls(value: InfoForm): Record<InfoFormKey, Control> {
  const auto = option(
    '',
    T.info.catalogAuto(defaultCircular(parseSchoolLevel(value.schoolLevel))),
    !value.catalog,
  );
  const levels = Object.values(SCHOOL_LEVEL_LABEL);
  const level = h('select', null, option('', T.choose, !value.schoolLevel));
  for (const l of levels) level.append(option(l, l, l === value.schoolLevel));
  if (value.schoolLevel && !levels.includes(value.schoolLevel))
    level.append(option(value.schoolLevel, value.schoolLevel, true));
  level.addEventListener('change', (e) => {
    auto.textContent = T.info.catalogAuto(
      defaultCircular(parseSchoolLevel((e.target as HTMLSelectElement).value)),
    );
  });
  const catalog = h('select', null, auto);
  for (const id of CIRCULAR_IDS)
    catalog.append(option(id, T.info.catalogChoice[id] ?? id, id === value.catalog));
  if (value.catalog && !CIRCULAR_IDS.includes(value.catalog))
    catalog.append(option(value.catalog, value.catalog, true));
  const controls = {} as Record<InfoFormKey, Control>;
  for (const k of INFO_FORM_KEYS)
    controls[k] =
      k === 'schoolLevel'
        ? level
        : k === 'catalog'
          ? catalog
          : h('input', { type: 'text', value: value[k], autocomplete: 'off' });
  return controls;
}
