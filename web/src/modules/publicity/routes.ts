import type { RouteRecordRaw } from 'vue-router'
import { Reading, WarnTriangleFilled } from '@element-plus/icons-vue'

// Publicity (R10.1): articles for the portal and the WeChat official account — the list, the
// editor with its review steps and history, and the sensitive-word list. The public portal
// itself is rendered by the server at /portal.
const routes: RouteRecordRaw[] = [
  {
    path: '/articles',
    name: 'articles',
    component: () => import('./views/ArticlesView.vue'),
    meta: { title: 'publicity.list.menu', icon: Reading, permission: 'publicity.read', menu: true, order: 68 },
  },
  {
    path: '/articles/new',
    name: 'article-new',
    component: () => import('./views/ArticleEditView.vue'),
    meta: { title: 'publicity.edit.newTitle', permission: 'publicity.edit' },
  },
  {
    path: '/articles/:id(\\d+)',
    name: 'article',
    component: () => import('./views/ArticleEditView.vue'),
    meta: { title: 'publicity.edit.title', permission: 'publicity.read' },
  },
  {
    path: '/articles/sensitive-words',
    name: 'sensitive-words',
    component: () => import('./views/SensitiveWordsView.vue'),
    meta: { title: 'publicity.words.menu', icon: WarnTriangleFilled, permission: 'publicity.words', menu: true, order: 69 },
  },
]

export default routes
