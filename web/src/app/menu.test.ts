import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { visibleMenu } from './menu'
import { moduleRoutes } from './router'

const Dummy = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/audit', name: 'audit', component: Dummy, meta: { menu: true, title: 'audit.menu', permission: 'audit.read', order: 80 } },
  { path: '/', name: 'home', component: Dummy, meta: { menu: true, title: 'home.menu', order: 10 } },
  { path: '/users', name: 'users', component: Dummy, meta: { menu: true, title: 'users.menu', permission: 'users.read', order: 60 } },
  { path: '/login', name: 'login', component: Dummy, meta: { layout: 'bare', public: true } },
]
const canWith = (perms: string[]) => (p?: string) => !p || perms.includes(p)

describe('visibleMenu', () => {
  it('shows items without a permission to everyone, in order', () => {
    expect(visibleMenu(routes, canWith([])).map((i) => i.name)).toEqual(['home'])
  })
  it('shows permission items only to holders', () => {
    expect(visibleMenu(routes, canWith(['users.read'])).map((i) => i.name)).toEqual(['home', 'users'])
    expect(visibleMenu(routes, canWith(['audit.read', 'users.read'])).map((i) => i.name)).toEqual(['home', 'users', 'audit'])
  })
  it('never lists non-menu routes', () => {
    expect(visibleMenu(routes, () => true).some((i) => i.name === 'login')).toBe(false)
  })
})

describe('the real module routes (truth table)', () => {
  const names = (perms: string[]) => visibleMenu(moduleRoutes, canWith(perms)).map((i) => i.name)
  it('a branch officer without admin permissions sees home and messages but not users/audit/settings', () => {
    const seen = names(['messages.read', 'messages.send'])
    expect(seen).toEqual(expect.arrayContaining(['home', 'messages', 'profile']))
    expect(seen).not.toContain('users')
    expect(seen).not.toContain('audit')
    expect(seen).not.toContain('settings')
  })
  it('each admin permission unlocks exactly its page', () => {
    expect(names(['users.read'])).toContain('users')
    expect(names(['users.read'])).not.toContain('settings')
    expect(names(['settings.read'])).toContain('settings')
    expect(names(['audit.read'])).toContain('audit')
    expect(names(['audit.read'])).not.toContain('users')
  })
})
