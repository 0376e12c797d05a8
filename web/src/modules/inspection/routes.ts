import type { RouteRecordRaw } from 'vue-router'
import { Checked, Finished, WarningFilled } from '@element-plus/icons-vue'

// Self-inspection (R4.4, 自查自纠): checklists with their progress, the findings they produce,
// and the member's own checklists to answer on a phone.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/inspection',
    name: 'my-inspection',
    component: () => import('./views/MyInspectionView.vue'),
    meta: { title: 'inspection.my.menu', icon: Checked, permission: 'inspection.answer', menu: true, order: 17 },
  },
  {
    path: '/inspection',
    name: 'inspection-checklists',
    component: () => import('./views/ChecklistsView.vue'),
    meta: { title: 'inspection.checklists.menu', icon: Finished, permission: 'inspection.read', menu: true, order: 39 },
  },
  {
    path: '/inspection/:id(\\d+)',
    name: 'inspection-checklist',
    component: () => import('./views/ChecklistView.vue'),
    meta: { title: 'inspection.detail.title', permission: 'inspection.read' },
  },
  {
    path: '/inspection/findings',
    name: 'inspection-findings',
    component: () => import('./views/FindingsView.vue'),
    meta: { title: 'inspection.findings.menu', icon: WarningFilled, permission: 'inspection.read', menu: true, order: 40 },
  },
]

export default routes
