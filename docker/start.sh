#!/bin/sh
# Starts Payara Micro through the base image's entrypoint.sh, which adds the JVM
# memory flags and JVM_ARGS, with Samsyn at context root /. Arguments given to the
# container are passed on to Payara Micro.
set -e

# Container networks usually drop the multicast Payara Micro uses to find its
# cluster by default, so compose names the members (tcpip:host:port,...).
if [ -n "${PAYARA_CLUSTER_MODE:-}" ]; then
    set -- --clustermode "$PAYARA_CLUSTER_MODE" "$@"
fi

# The session id's suffix (".app1") that the load balancer routes on; compose gives
# each node its host name. The base image's entrypoint.sh passes JVM_ARGS to java.
JVM_ARGS="${JVM_ARGS:-} -DjvmRoute=$(hostname)"
export JVM_ARGS

# Phone home would send usage data to Payara from a system holding personal data.
exec /bin/sh /opt/payara/entrypoint.sh \
    --deploy /opt/payara/deployments/samsyn.war --contextroot / \
    --disablephonehome \
    "$@"
