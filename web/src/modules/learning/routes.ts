import type { RouteRecordRaw } from 'vue-router'
import { Collection, DataLine, Notebook, Reading } from '@element-plus/icons-vue'

// Learning (R3): the branches' learning plans, 一月一法 (one law a month, with study records
// and quizzes), the yearly hours per branch and person, and the member's own learning page.
const routes: RouteRecordRaw[] = [
  {
    path: '/my/learning',
    name: 'my-learning',
    component: () => import('./views/MyLearningView.vue'),
    meta: { title: 'learning.my.menu', icon: Reading, permission: 'learning.study', menu: true, order: 16 },
  },
  {
    path: '/learning/plans',
    name: 'learning-plans',
    component: () => import('./views/PlansView.vue'),
    meta: { title: 'learning.plans.menu', icon: Notebook, permission: 'learning.read', menu: true, order: 36 },
  },
  {
    path: '/learning/laws',
    name: 'learning-laws',
    component: () => import('./views/LawsView.vue'),
    meta: { title: 'learning.laws.menu', icon: Collection, permission: 'learning.study', menu: true, order: 37 },
  },
  {
    path: '/learning/hours',
    name: 'learning-hours',
    component: () => import('./views/HoursView.vue'),
    meta: { title: 'learning.hours.menu', icon: DataLine, permission: 'learning.read', menu: true, order: 38 },
  },
]

export default routes
