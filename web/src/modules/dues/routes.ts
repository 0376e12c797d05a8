import type { RouteRecordRaw } from 'vue-router'
import { Coin, Wallet } from '@element-plus/icons-vue'

// Party dues (R4.3): the officers' monthly list with a member's bases and payments, the
// printable yearly notice (公示) of a branch, and the member's own dues page.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/dues',
    name: 'my-dues',
    component: () => import('./views/MyDuesView.vue'),
    meta: { title: 'dues.my.menu', icon: Wallet, permission: 'dues.own', menu: true, order: 17 },
  },
  {
    path: '/dues',
    name: 'dues',
    component: () => import('./views/DuesView.vue'),
    meta: { title: 'dues.list.menu', icon: Coin, permission: 'dues.read', menu: true, order: 39 },
  },
  {
    path: '/dues/notice/:id(\\d+)',
    name: 'dues-notice',
    component: () => import('./views/NoticeView.vue'),
    meta: { title: 'dues.notice.title', permission: 'dues.read', layout: 'bare' },
  },
]

export default routes
