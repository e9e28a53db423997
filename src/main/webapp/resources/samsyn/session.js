/*
 * The session ends after a time without requests (web.xml's session-timeout). A few minutes
 * before, a dialog says so and lets the user continue, which asks the server to keep the session
 * (WCAG 2.2.1, timing adjustable); Escape continues too. When the time has run out the dialog says
 * the user has been logged out and offers to log in again. Loading a page or a PrimeFaces ajax
 * request starts the count again, as it does on the server.
 */
(function () {
  var WARNING_SECONDS = 300;

  function init() {
    var dialog = document.getElementById('session-warning');
    if (!dialog) {
      return; // not logged in
    }
    var sessionSeconds = parseInt(dialog.dataset.sessionSeconds, 10);
    var proceed = document.getElementById('session-continue');
    var timers = [];

    function show(id, visible) {
      document.getElementById(id).hidden = !visible;
    }

    function open() {
      if (!dialog.open) {
        dialog.showModal();
      }
    }

    function warn() {
      open();
      proceed.focus();
    }

    function ended() {
      timers.forEach(clearTimeout);
      show('session-warning-text', false);
      show('session-continue', false);
      show('session-ended-text', true);
      show('session-login', true);
      open();
      document.getElementById('session-login').focus();
    }

    function count() {
      timers.forEach(clearTimeout);
      timers = [
        setTimeout(warn, Math.max(sessionSeconds - WARNING_SECONDS, 0) * 1000),
        setTimeout(ended, sessionSeconds * 1000)
      ];
    }

    function keep() {
      fetch(dialog.dataset.keepAlive, {method: 'POST', credentials: 'same-origin', redirect: 'manual'})
        .then(function (answer) {
          if (answer.status === 204) {
            dialog.close();
            count();
          } else {
            ended();
          }
        }, ended);
    }

    proceed.addEventListener('click', keep);
    dialog.addEventListener('cancel', function (event) {
      event.preventDefault();
      if (!proceed.hidden) {
        keep();
      }
    });
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', count);
    }
    count();
  }

  document.addEventListener('DOMContentLoaded', init);
})();
