// Storyline UI script, served from this server only (the Content-Security-Policy allows nothing else).
// It follows an ingest or replay job while it runs. It never inserts HTML: only textContent,
// numbers it checked, and links it builds itself.
(function () {
  'use strict';
  // an article opened from a timeline entry or a quote: bring the cited passage into view
  if (location.hash === '#span') {
    var cited = document.querySelector('#text mark.hl-match');
    if (cited) {
      cited.classList.add('cited');
      cited.scrollIntoView({ block: 'center' });
    }
  }
})();

// A story's timeline: the keyboard zooms (+ into the busiest period of the axis, - out).
(function () {
  'use strict';
  var axis = document.getElementById('axis');
  if (!axis) return;
  document.addEventListener('keydown', function (e) {
    if (e.target && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) return;
    if (e.key === '-') {
      var out = document.querySelector('a[data-zoom="out"]');
      if (out) location.href = out.getAttribute('href');
    } else if (e.key === '+' || e.key === '=') {
      var best = null, most = -1;
      axis.querySelectorAll('a.bar').forEach(function (b) {
        var m = /: (\d+) event/.exec(b.getAttribute('title') || '');
        var n = m ? parseInt(m[1], 10) : 0;
        if (n > most) { most = n; best = b; }
      });
      if (best) location.href = best.getAttribute('href');
    }
  });
})();

(function () {
  'use strict';
  var job = document.getElementById('job');
  if (!job) return;
  var id = job.getAttribute('data-job');
  if (!/^[0-9]+$/.test(id)) return;

  function field(name) {
    return job.querySelector('[data-field="' + name + '"]');
  }

  function show(j) {
    ['state', 'ok', 'skipped', 'failed'].forEach(function (k) {
      var el = field(k);
      if (el) el.textContent = String(j[k]);
    });
    job.setAttribute('data-state', String(j.state));
    var done = j.state === 'done' || j.state === 'failed';
    var bar = field('bar');
    if (bar && done) bar.value = 1;
    if (typeof j.error === 'string' && j.error) {
      var e = field('error');
      e.textContent = 'The run stopped: ' + j.error;
      e.hidden = false;
    }
    if (Number.isInteger(j.run)) {
      var run = '/runs/' + j.run;
      job.querySelector('[data-link="run"]').setAttribute('href', run);
      job.querySelector('[data-link="failed"]').setAttribute('href', run + '?status=failed');
      field('links').hidden = false;
    }
    return done;
  }

  function poll() {
    fetch('/api/ingest/jobs/' + id, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      })
      .then(function (j) {
        if (!show(j)) setTimeout(poll, 700);
      })
      .catch(function () {
        setTimeout(poll, 2000);
      });
  }

  var state = job.getAttribute('data-state');
  if (state !== 'done' && state !== 'failed') poll();
})();
