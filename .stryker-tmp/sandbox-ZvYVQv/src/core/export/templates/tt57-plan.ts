/**
 * The plan form reported for Thông tư 57/2026/TT-BGDĐT (Biểu 2, Phụ lục V — UNCONFIRMED, see
 * shared/reference/README.md): the same decree layout, another table. It exists to show that a
 * second template is only a new description; export uses ND30_PLAN until the form is confirmed.
 */
// @ts-nocheck

import type { PlanTemplate } from '../template';
import { ND30_PLAN } from './nd30-plan';

export const TT57_PLAN: PlanTemplate = {
  ...ND30_PLAN,
  id: 'tt57-bieu2',
  description: 'Kế hoạch cải tiến chất lượng — Biểu 2 (TT57/2026, chưa xác nhận)',
  table: {
    ...ND30_PLAN.table,
    groupColumn: 0,
    columns: [
      {
        header: 'Nội dung',
        widthMm: 26,
        parts: [{ field: 'criterion' }, { field: 'weakness', label: 'Hạn chế: ' }],
      },
      { header: 'Mục tiêu', widthMm: 20, parts: [{ field: 'target' }] },
      { header: 'Giải pháp', widthMm: 26, parts: [{ field: 'actions' }] },
      { header: 'Chỉ số kết quả', widthMm: 15, parts: [] },
      { header: 'Thời gian', widthMm: 16, parts: [{ field: 'period' }, { field: 'deadline' }] },
      {
        header: 'Phụ trách',
        widthMm: 16,
        parts: [{ field: 'lead' }, { field: 'partners', label: 'Phối hợp: ' }],
      },
      {
        header: 'Nguồn lực',
        widthMm: 20,
        parts: [{ field: 'budget' }, { field: 'fundingSource' }, { field: 'support' }],
      },
      { header: 'Minh chứng dự kiến', widthMm: 16, parts: [{ field: 'evidence' }] },
      { header: 'Mức độ thực hiện', widthMm: 10, parts: [{ field: 'status' }] },
    ],
  },
};
