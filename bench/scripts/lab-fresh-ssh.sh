ssh root@cluster.example.com "gnt-node list --no-headers --separator='|' -o name,role,offline,drained,master_candidate,mtotal,mnode,mfree,dtotal,dfree,pinst_cnt,sinst_cnt,group" >/dev/null
ssh root@cluster.example.com "gnt-instance list --no-headers --separator='|' -o name,status,oper_state,admin_state,pnode,snodes,disk_template,be/memory,be/vcpus,oper_ram" >/dev/null
ssh root@cluster.example.com "gnt-job list --no-headers --separator='|' -o id,status,summary,received_ts,start_ts,end_ts" >/dev/null
