/* global window, document */
// Applies the saved colour theme before first paint to avoid a flash of the wrong theme.
(function () {
  var root = document.documentElement;
  var theme = 'system';
  try {
    var stored = localStorage.getItem('careeros-theme');
    if (stored === 'light' || stored === 'dark') theme = stored;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies); fall back to the system theme.
  }
  var dark =
    theme === 'dark' ||
    (theme === 'system' &&
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
})();
