import type { RouteRecordRaw } from 'vue-router'
import { OfficeBuilding, Notebook, Medal } from '@element-plus/icons-vue'

// Party-building guidance of linked non-public enterprises (R11.6): the enterprises with their
// party organization and instructor, the visit logs, the instructors and their pledge.
const routes: RouteRecordRaw[] = [
  {
    path: '/enterprises',
    name: 'enterprises',
    component: () => import('./views/EnterprisesView.vue'),
    meta: { title: 'enterprises.menu', icon: OfficeBuilding, permission: 'enterprises.read', menu: true, order: 65 },
  },
  {
    path: '/enterprises/visits',
    name: 'enterprise-visits',
    component: () => import('./views/VisitsView.vue'),
    meta: { title: 'enterprises.visits.menu', icon: Notebook, permission: 'enterprises.read', menu: true, order: 66 },
  },
  {
    path: '/enterprises/instructors',
    name: 'enterprise-instructors',
    component: () => import('./views/InstructorsView.vue'),
    meta: { title: 'enterprises.instructors.menu', icon: Medal, permission: 'enterprises.read', menu: true, order: 67 },
  },
]

export default routes
