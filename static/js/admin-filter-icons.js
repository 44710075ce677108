"use strict";
// Django's two-box filter widget (admin/js/SelectFilter2.js) names each filter box through an icon
// <span aria-label> inside the box's label. ARIA allows a name only on an element with a role (axe:
// aria-prohibited-attr, serious), so the icon becomes an image: the box keeps its name. Django builds the
// boxes on load and again for each inline row added later, hence the observer.
{
  const nameIcons = () => {
    for (const icon of document.querySelectorAll(".search-label-icon[aria-label]:not([role])")) {
      icon.setAttribute("role", "img");
    }
  };
  new MutationObserver(nameIcons).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener("load", nameIcons);
}
