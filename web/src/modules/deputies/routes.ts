import type { RouteRecordRaw } from 'vue-router'
import { Connection, DataAnalysis, Flag, House, Phone } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: '/deputies',
    name: 'deputies',
    component: () => import('./views/DeputiesView.vue'),
    meta: { title: 'deputies.menu', icon: Flag, permission: 'deputies.read', menu: true, order: 40 },
  },
  {
    path: '/deputies/:id(\\d+)',
    name: 'deputy-card',
    component: () => import('./views/DeputyCardView.vue'),
    meta: { title: 'deputies.card.title', permission: 'deputies.read' },
  },
  {
    path: '/workstations',
    name: 'workstations',
    component: () => import('./views/WorkstationsView.vue'),
    meta: { title: 'deputies.workstations.menu', icon: House, permission: 'deputies.read', menu: true, order: 42 },
  },
  {
    path: '/coverage',
    name: 'coverage',
    component: () => import('./views/CoverageView.vue'),
    meta: { title: 'deputies.coverage.menu', icon: DataAnalysis, permission: 'deputies.read', menu: true, order: 44 },
  },
  {
    path: '/liaisons',
    name: 'liaisons',
    component: () => import('./views/LiaisonsView.vue'),
    meta: { title: 'deputies.liaisons.menu', icon: Connection, permission: 'liaison.manage', menu: true, order: 46 },
  },
  {
    path: '/my-liaisons',
    name: 'my-liaisons',
    component: () => import('./views/MyLiaisonsView.vue'),
    meta: { title: 'deputies.mine.menu', icon: Phone, permission: 'liaison.log', menu: true, order: 15 },
  },
]

export default routes
