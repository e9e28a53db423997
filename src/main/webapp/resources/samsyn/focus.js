/*
 * A dialog that closes gives the focus back to the control that opened it. PrimeFaces returns it
 * to what had the focus when the dialog opened, but a button that opens a dialog after an ajax
 * request is disabled during the request and has lost the focus by then, so a keyboard user found
 * themselves at the top of the page. The control is found again by its id, in case an update
 * rendered it anew.
 */
(function () {
  var opener = null;

  document.addEventListener('focusin', function (event) {
    if (event.target.id && !event.target.closest('.ui-dialog')) {
      opener = event.target.id;
    }
  });

  function returnFocus() {
    var lost = document.activeElement === null || document.activeElement === document.body;
    var control = opener && document.getElementById(opener);
    if (lost && control) {
      control.focus();
    }
  }

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      var dialog = change.target;
      if (dialog.classList.contains('ui-dialog') && dialog.getAttribute('aria-hidden') === 'true') {
        setTimeout(returnFocus, 0);
      }
    });
  }).observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-hidden']
  });
})();
