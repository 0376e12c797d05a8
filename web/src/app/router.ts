import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore, pendingStep } from './stores/auth'
import { applyPreferredLang } from './i18n'

// Each module declares its pages in modules/<name>/routes.ts; dropping a folder in adds it.
const files = import.meta.glob<RouteRecordRaw[]>('../modules/*/routes.ts', { eager: true, import: 'default' })

export const moduleRoutes: RouteRecordRaw[] = Object.values(files).flat()

const bareRoutes = moduleRoutes.filter((r) => r.meta?.layout === 'bare')
// Children of the layout; '/' becomes '' so the home page is the layout's default child.
const layoutChildren = moduleRoutes
  .filter((r) => r.meta?.layout !== 'bare')
  .map((r) => (r.path === '/' ? { ...r, path: '' } : r))

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...bareRoutes,
    { path: '/', component: () => import('./layout/MainLayout.vue'), children: layoutChildren },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const auth = useAuthStore()
  if (!auth.checked) applyPreferredLang((await auth.load())?.lang)
  if (!auth.me) {
    return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  const step = pendingStep(auth.me)
  if (step && to.path !== step) return step
  if (!auth.can(to.meta.permission)) return '/'
  return true
})
