#!/usr/bin/env python3
"""Counts and times the statements of feed ingest in a PostgreSQL log written by
   scripts/bench-chronology.sh --only=ingest --log-statements=on (docs/performance.md, ADR 0038).
   Usage: cat target/bench/postgres-log/*.log > all.log; scripts/count-statements.py all.log BATCHES
   Each phase (feed inserts more than 20 s apart start a new one) is printed with its statements,
   by kind (execute/bind/parse) and text, most server time first; BATCHES divides the count per batch."""

import re, sys, collections, datetime
lines=open(sys.argv[1],errors='replace').read().split('\n')
entries=[]
cur=None
head=re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+) \[(\d+)\] (\w+):\s+(.*)$')
for l in lines:
    m=head.match(l)
    if m:
        if cur: entries.append(cur)
        cur=[m.group(1),m.group(2),m.group(3),m.group(4)]
    elif cur is not None:
        cur[3]+=' '+l.strip()
if cur: entries.append(cur)
stmts=[]
for t,pid,level,msg in entries:
    m=re.match(r'duration: ([\d.]+) ms\s+(execute [^:]*|statement|parse [^:]*|bind [^:]*):\s*(.*)',msg)
    if not m: continue
    kind=m.group(2).split()[0]
    stmts.append((t,pid,kind,float(m.group(1)),re.sub(r'\s+',' ',m.group(3))))
# the feed's event inserts (a JDBC batch before ADR 0038, a COPY since), not the raw insert's
feed=[i for i,s in enumerate(stmts) if s[2] in('execute','statement') and 'correction_reason' in s[4]
      and s[4].startswith(('insert into chronology.event (id, event_id, version', 'copy chronology.event'))]
print('feed event inserts',len(feed))
# split phases by gaps in time
import datetime
def ts(s): return datetime.datetime.strptime(s[0][:23],'%Y-%m-%d %H:%M:%S.%f')
phases=[]
start=feed[0];prev=feed[0]
for i in feed[1:]:
    if (ts(stmts[i])-ts(stmts[prev])).total_seconds()>20:
        phases.append((start,prev));start=i
    prev=i
phases.append((start,prev))
nb=int(sys.argv[2]) if len(sys.argv)>2 else 30
for a,b in phases:
    c=collections.Counter();d=collections.Counter()
    for s in stmts[a:b+1]:
        key=s[2]+' '+s[4][:110]
        c[key]+=1;d[key]+=s[3]
    tot=sum(v for k,v in c.items() if not k.startswith(('parse','bind')))
    print('=== phase', stmts[a][0], stmts[b][0], 'executes', tot, 'per batch', tot/nb, 'total ms', sum(d.values()))
    for k,v in sorted(c.items(),key=lambda kv:-d[kv[0]]):
        print('%7d %8.1fms %s'%(v,d[k],k))
