import type { RouteRecordRaw } from 'vue-router'
import { Document } from '@element-plus/icons-vue'

// 年度党建工作报告: generated from the period's records, edited in place, printed or exported to Word.
const routes: RouteRecordRaw[] = [
  {
    path: '/annual-report',
    name: 'annual-report',
    component: () => import('./views/ReportView.vue'),
    meta: { title: 'report.menu', icon: Document, permission: 'reports.view', menu: true, order: 12 },
  },
]

export default routes
