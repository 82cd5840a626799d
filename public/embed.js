/* Diplomatic Timeline host script: fits each timeline iframe to the height its content posts as
   {type:"diplomatic-timeline:resize",height}. Only the frame that sent a message is resized, within 120–6000 px. */
(function (w) {
  if (w.__diplomaticTimelineHost) return;
  w.__diplomaticTimelineHost = 1;
  w.addEventListener('message', function (e) {
    var d = e.data,
      f = document.getElementsByTagName('iframe'),
      i;
    if (!d || d.type !== 'diplomatic-timeline:resize' || !(d.height > 0)) return;
    for (i = 0; i < f.length; i++)
      if (f[i].contentWindow === e.source)
        f[i].style.height = Math.min(Math.max(Math.ceil(d.height), 120), 6000) + 'px';
  });
})(window);
