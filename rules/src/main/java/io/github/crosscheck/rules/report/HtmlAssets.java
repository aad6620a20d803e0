package io.github.crosscheck.rules.report;

/** The inline style sheet and script of the HTML report (no network access, no external files). */
final class HtmlAssets {
  private HtmlAssets() {}

  static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
      header{padding:12px 20px;background:#14213d;color:#fff}header h1{margin:0;font-size:20px}
      .summary{margin:4px 0 0}main{padding:12px 20px}h2{font-size:17px;border-bottom:1px solid #ccc}
      .finding{border-left:6px solid #999;background:#fff;margin:8px 0;padding:6px 12px;cursor:pointer}
      .finding h3{margin:2px 0;font-size:15px}.finding ul{margin:4px 0;padding-left:18px}
      .finding.contradiction{border-color:#c62828}.finding.possible-contradiction{border-color:#ef8f00}
      .finding.distinct-events{border-color:#1565c0}.finding.selected{outline:2px solid #14213d}
      .verdict{font-weight:700}.contradiction .verdict{color:#c62828}.possible-contradiction .verdict{color:#b26a00}
      .distinct-events .verdict{color:#1565c0}.confidence{color:#666;font-weight:400}
      .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
      .source{background:#fff;border:1px solid #ddd;padding:8px 12px;max-height:70vh;overflow:auto}
      .source h3{margin:0;font-size:15px}.meta{color:#666;font-size:13px;margin:2px 0 8px}
      .text{white-space:pre-wrap}
      mark.claim{background:#e8eaf6;border-bottom:2px solid #7986cb;padding:0 1px}
      mark.kind-event_date,mark.kind-deadline{background:#e3f2fd;border-color:#1e88e5}
      mark.kind-count,mark.kind-money,mark.kind-rate{background:#e8f5e9;border-color:#43a047}
      mark.kind-recency,mark.kind-contact{background:#f3e5f5;border-color:#8e24aa}
      mark.kind-clock_time{background:#fff8e1;border-color:#f9a825}
      mark.claim.evidence{background:#ffeb3b;outline:2px solid #c62828}
      .finding-link{cursor:pointer}
      @media (max-width:720px){.columns{grid-template-columns:1fr}.source{max-height:none}}
      """;

  static final String SCRIPT = """
      (function(){
        function select(el){
          document.querySelectorAll('.selected').forEach(function(x){x.classList.remove('selected');});
          document.querySelectorAll('mark.evidence').forEach(function(x){x.classList.remove('evidence');});
          el.classList.add('selected');
          var ids=(el.getAttribute('data-claims')||'').split(' ');
          var first={};
          document.querySelectorAll('mark.claim').forEach(function(m){
            var mine=(m.getAttribute('data-claims')||'').split(' ');
            if(mine.some(function(id){return ids.indexOf(id)>=0;})){
              m.classList.add('evidence');
              var source=m.closest('.source');
              var key=source?source.getAttribute('data-document'):'';
              if(!first[key]){first[key]=m;}
            }
          });
          Object.keys(first).forEach(function(k){
            var m=first[k];var box=m.closest('.source');
            if(box){box.scrollTop=m.offsetTop-box.offsetTop-40;}
          });
          var any=Object.keys(first)[0];
          if(any){first[any].scrollIntoView({block:'center'});}
        }
        document.querySelectorAll('.finding,.finding-link').forEach(function(el){
          el.addEventListener('click',function(){select(el);});
          el.addEventListener('keydown',function(e){if(e.key==='Enter'){select(el);}});
        });
      })();
      """;
}
