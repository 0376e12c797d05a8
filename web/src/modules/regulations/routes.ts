import type { RouteRecordRaw } from 'vue-router'
import { Collection } from '@element-plus/icons-vue'

// The rules library (R6.1): search and list, a regulation with its versions and their diff.
const routes: RouteRecordRaw[] = [
  {
    path: '/regulations',
    name: 'regulations',
    component: () => import('./views/RegulationsView.vue'),
    meta: { title: 'regulations.list.menu', icon: Collection, permission: 'regulations.read', menu: true, order: 72 },
  },
  {
    path: '/regulations/:id(\\d+)',
    name: 'regulation',
    component: () => import('./views/RegulationView.vue'),
    meta: { title: 'regulations.detail.title', permission: 'regulations.read' },
  },
]

export default routes
