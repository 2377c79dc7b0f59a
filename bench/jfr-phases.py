#!/usr/bin/env python3
# Classifies the CPU samples of a Java Flight Recording by phase of ziping's work (one sample counts once, first match).
# Usage: jfr print --stack-depth 300 --events jdk.ExecutionSample rec.jfr > samples.txt; bench/jfr-phases.py samples.txt
import re, collections, sys
txt=open(sys.argv[1]).read()
events=txt.split('jdk.ExecutionSample')[1:]
phases=[('open (POI parse)',['WorkbookFactory.create','OpenWorkbook.open']),
        ('isOurOutput/Copies',['OutputMark','Copies.upToDate']),
        ('read model',['WorkbookReader.read']),
        ('checks+scoring',['Checks.run','Context.','ComputedCell.of','Department.of']),
        ('annotate: results sheet',['ResultsSheet.write']),
        ('annotate: comments',['Comments.']),
        ('annotate: other',['Annotator.annotate']),
        ('save',['AtomicFiles.write','Annotator.save']),
        ('roll-up',['cn.ziping.write.rollup']),
        ('progress/batch',['cn.ziping.batch'])]
cnt=collections.Counter(); n=0; sub=collections.Counter()
for e in events:
    frames=re.findall(r'^\s+([\w.$<>]+)\(', e, re.M)
    if not frames: continue
    n+=1
    s='\n'.join(frames)
    for name,keys in phases:
        if any(k in s for k in keys):
            cnt[name]+=1
            if name in ('annotate: other','read model','open (POI parse)','save'):
                # the first cn.ziping frame below the top, and top frame
                sub[(name, frames[0])]+=1
            break
    else:
        cnt['other ('+frames[-1]+')']+=1
print("samples",n)
for k,v in cnt.most_common(20): print(f"{100*v/n:5.1f}% {k}")
if len(sys.argv)>2:
  for k,v in sub.most_common(25): print(f"{100*v/n:5.1f}% {k}")
