import type { RouteRecordRaw } from 'vue-router'
import { Bell, Warning } from '@element-plus/icons-vue'

// Warning cards (R4.2): the officers' list (evaluate now, cards by hand, evidence, lifting) and
// the member's own phone page (acknowledge).
const routes: RouteRecordRaw[] = [
  {
    path: '/my/warnings',
    name: 'my-warnings',
    component: () => import('./views/MyWarningsView.vue'),
    meta: { title: 'warnings.my.menu', icon: Bell, permission: 'warnings.own', menu: true, order: 18 },
  },
  {
    path: '/warnings',
    name: 'warnings',
    component: () => import('./views/WarningsView.vue'),
    meta: { title: 'warnings.list.menu', icon: Warning, permission: 'warnings.read', menu: true, order: 40 },
  },
]

export default routes
