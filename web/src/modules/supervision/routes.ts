import type { RouteRecordRaw } from 'vue-router'
import { Finished, Tickets, Mic } from '@element-plus/icons-vue'

// Supervision work (R7): the plan's items with their deliberation opinions, the opinions a
// department answers, committee hearings.
const routes: RouteRecordRaw[] = [
  {
    path: '/supervision',
    name: 'supervision',
    component: () => import('./views/ItemsView.vue'),
    meta: { title: 'supervision.items.menu', icon: Finished, permission: 'supervision.read', menu: true, order: 73 },
  },
  {
    path: '/supervision/items/:id(\\d+)',
    name: 'supervision-item',
    component: () => import('./views/ItemView.vue'),
    meta: { title: 'supervision.item.title', permission: 'supervision.read' },
  },
  {
    path: '/supervision/opinions',
    name: 'supervision-opinions',
    component: () => import('./views/OpinionsView.vue'),
    meta: { title: 'supervision.opinions.menu', icon: Tickets, permission: 'supervision.reply', menu: true, order: 74 },
  },
  {
    path: '/supervision/hearings',
    name: 'supervision-hearings',
    component: () => import('./views/HearingsView.vue'),
    meta: { title: 'supervision.hearings.menu', icon: Mic, permission: 'supervision.read', menu: true, order: 75 },
  },
]

export default routes
