import type { RouteRecordRaw } from 'vue-router'
import { Calendar, Notebook, Stamp } from '@element-plus/icons-vue'

// Organizational life (R2): the officers' meeting register, one meeting's minutes,
// attendance, attachments and sign-in screen, its printable minutes and sign-in sheet, the
// members' phone sign-in page, and the compliance calendar.
const routes: RouteRecordRaw[] = [
  {
    path: '/signin',
    name: 'orglife-signin',
    component: () => import('./views/SigninView.vue'),
    meta: { title: 'orglife.my.menu', icon: Stamp, permission: 'orglife.attend', menu: true, order: 14 },
  },
  {
    path: '/meetings',
    name: 'meetings',
    component: () => import('./views/MeetingsView.vue'),
    meta: { title: 'orglife.list.menu', icon: Notebook, permission: 'orglife.read', menu: true, order: 34 },
  },
  {
    path: '/meetings/:id(\\d+)',
    name: 'meeting-detail',
    component: () => import('./views/MeetingDetailView.vue'),
    meta: { title: 'orglife.detail.title', permission: 'orglife.read' },
  },
  {
    path: '/meetings/:id(\\d+)/print',
    name: 'meeting-print',
    component: () => import('./views/MeetingPrintView.vue'),
    meta: { title: 'orglife.print.title', permission: 'orglife.read', layout: 'bare' },
  },
  {
    path: '/compliance',
    name: 'compliance',
    component: () => import('./views/ComplianceView.vue'),
    meta: { title: 'orglife.compliance.menu', icon: Calendar, permission: 'orglife.read', menu: true, order: 35 },
  },
]

export default routes
