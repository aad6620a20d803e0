package io.github.crosscheck.rules.report;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The inline style sheet and script of the HTML report, and the Content Security Policy that allows
 * exactly these two and nothing else (no network access, no external files, no other script).
 */
final class HtmlAssets {
  private HtmlAssets() {}

  static final String CSS = """
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f4f5f7}
      header{padding:10px 20px;background:#14213d;color:#fff}header h1{margin:0;font-size:20px}
      .summary{margin:2px 0}.legend{margin:4px 0 0;font-size:13px}.legend mark.claim{margin-right:4px;color:#1d1d1f}
      h2{font-size:16px;margin:14px 0 8px;border-bottom:1px solid #ccd}
      .layout{display:grid;grid-template-columns:minmax(280px,24%) minmax(0,1fr);align-items:start}
      .panel{position:sticky;top:0;max-height:100vh;overflow:auto;padding:0 12px 12px 20px}
      main{padding:0 20px 20px 8px;min-width:0}
      .finding{border-left:6px solid #999;background:#fff;margin:8px 0;padding:6px 10px;cursor:pointer;
        border-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.12)}
      .finding h3{margin:2px 0;font-size:14px}.finding ul{margin:4px 0;padding-left:18px;font-size:13px}
      .finding .explanation{margin:4px 0;font-size:13px;color:#333}
      .finding.contradiction{border-color:#c62828}.finding.possible-contradiction{border-color:#ef8f00}
      .finding.distinct-events{border-color:#1565c0}
      .finding.selected,.finding-link.selected{outline:3px solid #14213d;outline-offset:1px}
      .verdict{font-weight:700}.contradiction .verdict{color:#c62828}.possible-contradiction .verdict{color:#b26a00}
      .distinct-events .verdict{color:#1565c0}.rule{font-family:ui-monospace,monospace;font-size:12px}
      .confidence{color:#666;font-weight:400;font-size:12px}
      .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px}
      .source{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px 12px;min-width:0}
      .source.involved{border-color:#14213d;box-shadow:0 0 0 2px #14213d33}
      .source h3{margin:0;font-size:15px;overflow-wrap:anywhere}
      .meta{color:#555;font-size:13px;margin:2px 0 8px;overflow-wrap:anywhere}
      .text{white-space:pre-wrap;overflow-wrap:anywhere;position:relative;max-height:65vh;overflow:auto}
      mark.claim{background:#e8eaf6;border-bottom:2px solid #7986cb;padding:0 1px;color:inherit}
      mark.kind-event_date,mark.kind-deadline{background:#e3f2fd;border-color:#1e88e5}
      mark.kind-count,mark.kind-money,mark.kind-rate{background:#e8f5e9;border-color:#43a047}
      mark.kind-recency,mark.kind-contact{background:#f3e5f5;border-color:#8e24aa}
      mark.kind-clock_time{background:#fff8e1;border-color:#f9a825}
      mark.claim.evidence{background:#ffeb3b;outline:2px solid #c62828;border-color:#c62828}
      .subject h3{font-size:14px;margin:10px 0 4px}
      .events{list-style:none;display:flex;flex-wrap:wrap;gap:0;margin:0;padding:0}
      .event{position:relative;padding:18px 14px 4px 0;min-width:150px;cursor:pointer;border-top:2px solid #889}
      .event::before{content:"";position:absolute;top:-7px;left:0;width:12px;height:12px;border-radius:50%;
        background:#1565c0}
      .event.undated::before{background:#fff;border:2px solid #889}
      .event .when{display:block;font-weight:600}.event .count{font-size:12px;color:#666}
      .agreement{cursor:pointer}.none{color:#666}
      @media (max-width:900px){.layout,.columns{grid-template-columns:1fr}.panel{position:static;max-height:none}
        main{padding:0 12px 12px}.text{max-height:none}}
      """;

  static final String SCRIPT = """
      (function(){
        'use strict';
        function refs(el){return (el.getAttribute('data-claims')||'').split(' ').filter(Boolean);}
        function select(el){
          var wanted={};refs(el).forEach(function(r){wanted[r]=true;});
          document.querySelectorAll('.selected').forEach(function(x){
            x.classList.remove('selected');x.setAttribute('aria-pressed','false');});
          el.classList.add('selected');el.setAttribute('aria-pressed','true');
          var boxes=[];
          document.querySelectorAll('.source').forEach(function(box){
            var first=null;
            box.querySelectorAll('mark.claim').forEach(function(m){
              var hit=refs(m).some(function(r){return wanted[r];});
              m.classList.toggle('evidence',hit);
              if(hit&&!first){first=m;}
            });
            box.classList.toggle('involved',!!first);
            if(first){
              var text=box.querySelector('.text');
              text.scrollTop=Math.max(0,first.offsetTop-text.clientHeight/3);
              boxes.push(box);
            }
          });
          if(boxes.length){boxes[0].scrollIntoView({block:'nearest',inline:'nearest'});}
          if(el.id&&history.replaceState){try{history.replaceState(null,'','#'+el.id);}catch(ignored){}}
        }
        document.querySelectorAll('.finding,.finding-link').forEach(function(el){
          el.addEventListener('click',function(){select(el);});
          el.addEventListener('keydown',function(e){
            if(e.key==='Enter'||e.key===' '){e.preventDefault();select(el);}});
        });
        var linked=location.hash&&document.getElementById(location.hash.slice(1));
        if(linked&&linked.classList.contains('finding')){select(linked);}
      })();
      """;

  /** Only the style sheet and script above, by hash; no network, no frames, no forms, no plug-ins. */
  static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(SCRIPT)
      + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private static String sha256(String asset) {
    return "sha256-" + Base64.getEncoder().encodeToString(Hashing.sha256().hashString(asset, StandardCharsets.UTF_8)
        .asBytes());
  }
}
