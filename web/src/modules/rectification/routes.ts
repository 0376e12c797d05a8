import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis, Tickets } from '@element-plus/icons-vue'

// The rectification ledger (R5.1, 整改台账): the list, one item, and the leader's progress.
const routes: RouteRecordRaw[] = [
  {
    path: '/rectification',
    name: 'rectification-ledger',
    component: () => import('./views/LedgerView.vue'),
    meta: { title: 'rectification.ledger.menu', icon: Tickets, permission: 'rectification.read', menu: true, order: 41 },
  },
  {
    path: '/rectification/:id(\\d+)',
    name: 'rectification-item',
    component: () => import('./views/ItemView.vue'),
    meta: { title: 'rectification.item.title', permission: 'rectification.read' },
  },
  {
    path: '/rectification/progress',
    name: 'rectification-progress',
    component: () => import('./views/ProgressView.vue'),
    meta: { title: 'rectification.progress.menu', icon: DataAnalysis, permission: 'rectification.read', menu: true, order: 42 },
  },
]

export default routes
