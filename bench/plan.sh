# Sourced by the bench scripts. plan EXPLAIN|ANALYZE STATEMENT: the plan of a statement from the general log,
# with the statement's own "SET STATEMENT ... FOR " hint kept in front of it. Needs a sql() function.
plan() {
  local hint="" body=$2
  if [[ $body == "SET STATEMENT "* ]]; then
    hint="${body%% FOR *} FOR "
    body=${body#* FOR }
  fi
  sql logis_bench -e "$hint$1 $body" | column -t -s $'\t'
}
