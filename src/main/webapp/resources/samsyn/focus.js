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

/*
 * Escape on a date field whose calendar is open closes the calendar, never the dialog around it.
 * PrimeFaces' date picker lets the key through to the dialog, which closes on any Escape not
 * prevented; and while the calendar is still opening the picker ignores the key altogether, which
 * left the calendar on screen over a closed dialog. So the key is taken here, before either sees it,
 * and the calendar is closed once it has opened and taken the focus, which closing gives back to
 * the field. A calendar already closing lets the key through: the next Escape is the dialog's.
 */
(function () {
  var OPENING_AT_MOST_MS = 1000;

  function closeWhenOpened(picker, panel, since) {
    var opened = picker.documentClickListener && panel.contains(document.activeElement);
    var waitedEnough = Date.now() - since > OPENING_AT_MOST_MS;
    if (opened || (waitedEnough && picker.documentClickListener)) {
      picker.hideOverlay();
    } else if (!waitedEnough) {
      requestAnimationFrame(function () {
        closeWhenOpened(picker, panel, since);
      });
    }
  }

  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Escape' || !field.classList || !field.classList.contains('hasDatepicker')) {
      return;
    }
    var pickerId = field.id.replace(/_input$/, '');
    var panel = document.getElementById(pickerId + '_panel');
    var widget = window.PrimeFaces && PrimeFaces.getWidgetById(pickerId);
    var picker = widget && widget.jq.data().primeDatePicker;
    // PrimeFaces marks a calendar opening or open with these classes, and takes them off as it
    // starts to close; its display alone says nothing while it fades out.
    var openingOrOpen = panel && /ui-connected-overlay-enter/.test(panel.className);
    if (picker && openingOrOpen) {
      event.preventDefault();
      closeWhenOpened(picker, panel, Date.now());
    }
  }, true);
})();
