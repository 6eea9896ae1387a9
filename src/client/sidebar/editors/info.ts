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
import { focusOpen, mergePanel, takeTheirs, type Merge } from './merge';
import { conflictBox } from './refusal';

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
  /** The values the next save merges against: as loaded, or as the sheet held them at a conflict. */
  let base: InfoForm = { ...value };
  let merge: Merge<InfoFormKey> | null = null;
  const conflictAt = conflictBox();
  const label = (k: InfoFormKey): string => LABELS[k];
  const set = (k: InfoFormKey, v: string): void => {
    const c = fields[k].control;
    if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === v))
      c.append(option(v, v, true));
    c.value = v;
  };
  submitChecked(form, read, checkInfo, showErrors, (formValues) => {
    const open = merge?.open() ?? [];
    if (open.length) {
      say(T.merge.chooseFirst(open.map(label).join(', ')), true);
      return focusOpen(conflictAt, open);
    }
    const chose = merge?.summary() ?? '';
    saveInfo({ form: formValues, base: first ? undefined : base, version: data().infoVersion })
      .then((res) => {
        if (!res.ok && res.kind === 'invalid')
          return (say(res.message, true), showErrors(res.errors));
        if (!res.ok && res.kind === 'busy') return say(res.message, true);
        // The sheet's plan now; on a conflict the form keeps what is typed.
        setData(res.data);
        if (!res.ok) {
          say(res.message, true);
          const theirs = res.data.infoForm;
          const clash = new Set(res.conflicts.map((c) => c.field));
          const fresh = INFO_FORM_KEYS.filter((k) => !clash.has(k));
          const took = takeTheirs(fresh, base, read(), theirs, set, label);
          base = { ...theirs };
          merge = mergePanel(conflictAt, res.message, took, res.conflicts, set, label);
          return;
        }
        go({ kind: 'list' });
        const took = res.merged.map(label);
        say(
          [res.message, took.length ? T.merge.mergedIn(took.join(', ')) : '', chose]
            .filter(Boolean)
            .join(' '),
        );
      })
      .catch(failure);
  });
  form.append(formFooter(submitButton(first ? T.info.create : T.info.save)));
  return h(
    'div',
    null,
    heading(first ? T.info.firstTitle : T.info.title),
    first ? h('p', null, T.info.firstIntro) : null,
    conflictAt,
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
