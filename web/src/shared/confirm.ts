import { ElMessageBox } from 'element-plus'

/**
 * The app's confirmation box (large on phones through .md-confirm); resolves true on "OK".
 * `labels` are the translated button texts ({confirm, cancel}).
 */
export async function confirmAction(message: string, title: string, labels: { confirm: string; cancel: string }, danger = true): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: danger ? 'warning' : 'info',
      confirmButtonText: labels.confirm,
      cancelButtonText: labels.cancel,
      customClass: 'md-confirm',
    })
    return true
  } catch {
    return false
  }
}
