/*
 * 更多 in the desk's sticky bar (desk.md.j2). On a phone (fanwen.css) the bar shows only
 * 复制全文, 下载 Word and 更多, so it stays one line high; 更多 opens the rest (落款, 检查草稿,
 * 保存到文件, 打开文件, 清空) in the bar under them, and they close again once one is used or on
 * Escape. On a wider screen the button is hidden and the rest always stands in line.
 */

/** Wire the 更多 button ([data-more]) of `bar` to the controls it shows (its aria-controls). */
export function barMenu(bar) {
  const button = bar && bar.querySelector("[data-more]")
  const menu = button && document.getElementById(button.getAttribute("aria-controls"))
  if (!menu) return
  const isOpen = () => button.getAttribute("aria-expanded") === "true"
  const show = (open) => button.setAttribute("aria-expanded", String(open))
  button.addEventListener("click", () => show(!isOpen()))
  // A button or link used closes the menu; the desk's own click handler then does its work.
  // Focus goes back to 更多 when it was inside the menu, so a keyboard user is not dropped.
  const close = () => {
    const inside = menu.contains(document.activeElement)
    show(false)
    if (inside && getComputedStyle(button).display !== "none") button.focus()
  }
  menu.addEventListener("click", (event) => {
    if (event.target.closest("button, a") && isOpen()) close()
  })
  bar.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return
    close()
    button.focus()
  })
}
