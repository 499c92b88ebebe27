#!/bin/sh
# Runs one validator over the desktop metadata and fails on any complaint:
#   validate_metadata.sh desktop FILE.desktop   (desktop-file-validate)
#   validate_metadata.sh appstream FILE.metainfo.xml VERSION
#   validate_metadata.sh mime FILE.xml           (xmllint; RELAX NG when installed)
set -eu
. "$(dirname "$0")/require_tools.sh"
kind=$1
file=$2

case $kind in
desktop)
  require_tools desktop-file-validate
  # It exits 0 on warnings and hints; any output counts as a failure here.
  output=$(desktop-file-validate "$file" 2>&1) || { echo "$output"; exit 1; }
  if [ -n "$output" ]; then
    echo "$output"
    exit 1
  fi
  ;;
appstream)
  require_tools appstreamcli
  appstreamcli validate --no-net "$file"
  # The newest release is the version CMake builds (project(VERSION)).
  version=$3
  if ! grep -q "<release version=\"$version\"" "$file"; then
    echo "no <release version=\"$version\"> in $file: add release notes for it"
    exit 1
  fi
  ;;
mime)
  require_tools xmllint
  xmllint --noout "$file"
  # shared-mime-info's schema is not packaged by Debian 12; use it where a
  # system has it.
  for schema in /usr/share/mime/shared-mime-info.rng /usr/share/xml/shared-mime-info.rng \
    /usr/share/shared-mime-info/shared-mime-info.rng; do
    if [ -f "$schema" ]; then
      xmllint --noout --relaxng "$schema" "$file"
    fi
  done
  ;;
*)
  echo "unknown kind $kind"
  exit 2
  ;;
esac
echo "ok: $file"
