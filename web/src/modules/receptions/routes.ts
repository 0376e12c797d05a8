import type { RouteRecordRaw } from 'vue-router'
import { Calendar, Document, Memo, Notebook } from '@element-plus/icons-vue'

// Reception days (R9.1): the office's schedule, the yearly duty summary, the public notice
// (no sign-in) and a deputy's own duty days; the guidance of town and street congresses
// (R9.3); deputies' duty records (R9.4) with a print layout and the deputy's own on the phone.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/receptions',
    name: 'my-receptions',
    component: () => import('./views/MyDutyDaysView.vue'),
    meta: { title: 'receptions.my.menu', icon: Calendar, permission: 'receptions.own', menu: true, order: 18 },
  },
  {
    path: '/my/duty-record',
    name: 'my-duty-record',
    component: () => import('./views/MyDutyRecordView.vue'),
    meta: { title: 'receptions.duty.myMenu', icon: Memo, permission: 'receptions.own', menu: true, order: 19 },
  },
  {
    path: '/receptions',
    name: 'receptions',
    component: () => import('./views/ReceptionsView.vue'),
    meta: { title: 'receptions.list.menu', icon: Calendar, permission: 'receptions.read', menu: true, order: 56 },
  },
  {
    path: '/receptions/summary',
    name: 'receptions-summary',
    component: () => import('./views/DutySummaryView.vue'),
    meta: { title: 'receptions.summary.title', permission: 'receptions.read' },
  },
  {
    path: '/guidance',
    name: 'guidance',
    component: () => import('./views/GuidanceView.vue'),
    meta: { title: 'receptions.guidance.menu', icon: Document, permission: 'guidance.read', menu: true, order: 57 },
  },
  {
    path: '/duty-records',
    name: 'duty-records',
    component: () => import('./views/DutyRecordsView.vue'),
    meta: { title: 'receptions.duty.menu', icon: Notebook, permission: 'duty.manage', menu: true, order: 58 },
  },
  {
    path: '/duty-records/:id(\\d+)',
    name: 'duty-record',
    component: () => import('./views/DutyRecordView.vue'),
    meta: { title: 'receptions.duty.title', permission: 'duty.read' },
  },
  {
    path: '/duty-records/:id(\\d+)/print',
    name: 'duty-record-print',
    component: () => import('./views/DutyRecordPrintView.vue'),
    meta: { title: 'receptions.duty.title', permission: 'duty.read', layout: 'bare' },
  },
  {
    path: '/public/receptions',
    name: 'public-receptions',
    component: () => import('./views/PublicReceptionsView.vue'),
    meta: { title: 'receptions.public.title', layout: 'bare', public: true },
  },
]

export default routes
