# slurm_cluster.sh - a throwaway single-node Slurm cluster for
# tests/cli/slurm.sh: munged with its own key and socket, slurmctld and
# slurmd (node "dyadnode" at 127.0.0.1, 4 CPUs whatever the machine has),
# all under $T/slurm with a generated slurm.conf and free ports, run as
# the user running the tests, and stopped by their pids when the script
# exits. Source it after tests/lib.sh (and pg_server.sh when both are
# needed: slurm_start chains its cleanup before theirs).
#   slurm_start || exit 1      # sets SLURM_CONF (exported)
# Without slurmctld, slurmd, munged or sbatch the test fails when
# DYAD_REQUIRE_SLURM is set (.ci/run; tools/deps.sh installs slurm-wlm and
# munge), and is skipped loudly (exit 77) otherwise.

slurm_free_port() {
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

slurm_stop() {
    local f
    for f in "$SLURM_DIR/slurmd.pid" "$SLURM_DIR/slurmctld.pid" \
        "$SLURM_DIR/munge/munged.pid"; do
        [ -s "$f" ] && kill "$(cat "$f")" 2>/dev/null
    done
    return 0
}

slurm_start() {
    local b missing=""
    for b in slurmctld slurmd munged munge sbatch squeue scontrol; do
        command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] ||
            missing="$missing $b"
    done
    if [ -n "$missing" ]; then
        echo "Slurm or munge not found:$missing (install slurm-wlm and munge: tools/deps.sh)"
        if [ -n "${DYAD_REQUIRE_SLURM:-}" ]; then
            echo "FAIL: DYAD_REQUIRE_SLURM is set: the Slurm test must run"
            exit 1
        fi
        echo "SKIPPED (exit 77)"
        exit 77
    fi
    PATH="$PATH:/usr/sbin"
    SLURM_DIR="$T/slurm"
    local m="$SLURM_DIR/munge" user
    user=$(id -un)
    mkdir -p "$m" "$SLURM_DIR/state" "$SLURM_DIR/spool"
    chmod 711 "$m"
    head -c 1024 /dev/urandom >"$m/munge.key" && chmod 400 "$m/munge.key"
    if ! munged -f --key-file="$m/munge.key" --socket="$m/munge.socket" \
        --pid-file="$m/munged.pid" --log-file="$m/munged.log" \
        --seed-file="$m/seed"; then
        echo "FAIL: munged"; cat "$m/munged.log"; exit 1
    fi
    cat >"$SLURM_DIR/slurm.conf" <<EOF
ClusterName=dyadtest
SlurmctldHost=localhost
SlurmctldPort=$(slurm_free_port)
SlurmdPort=$(slurm_free_port)
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
AuthInfo=socket=$m/munge.socket
CredType=cred/munge
StateSaveLocation=$SLURM_DIR/state
SlurmdSpoolDir=$SLURM_DIR/spool
SlurmctldPidFile=$SLURM_DIR/slurmctld.pid
SlurmdPidFile=$SLURM_DIR/slurmd.pid
SlurmctldLogFile=$SLURM_DIR/slurmctld.log
SlurmdLogFile=$SLURM_DIR/slurmd.log
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=dyadnode NodeAddr=127.0.0.1 NodeHostname=localhost CPUs=4 State=UNKNOWN
PartitionName=dyad Nodes=dyadnode Default=YES MaxTime=INFINITE State=UP
EOF
    export SLURM_CONF="$SLURM_DIR/slurm.conf"
    trap 'slurm_stop; pg_stop 2>/dev/null; umount "$T"/* 2>/dev/null; rm -rf "$T"' EXIT
    local test_pid=$$ # stops the daemons if the test is killed (ctest's
    (                 # timeout) without running its EXIT trap
        trap '' HUP INT TERM
        while kill -0 "$test_pid" 2>/dev/null; do sleep 2; done
        slurm_stop
    ) >/dev/null 2>&1 &
    if ! slurmctld -i; then
        echo "FAIL: slurmctld"; cat "$SLURM_DIR/slurmctld.log"; exit 1
    fi
    if ! slurmd -N dyadnode; then
        echo "FAIL: slurmd"; cat "$SLURM_DIR/slurmd.log"; exit 1
    fi
    local i
    for i in $(seq 1 100); do # the node is up once it is idle
        sinfo -h -o %T 2>/dev/null | grep -q idle && return 0
        sleep 0.2
    done
    echo "FAIL: the Slurm node did not come up"
    tail -n 20 "$SLURM_DIR/slurmctld.log" "$SLURM_DIR/slurmd.log"
    exit 1
}
