/* Arguments: parsing does not stop at the first mistake: each bad
   argument of the command line is reported, and a good one among them
   does not make the compilation succeed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-frob -fplugin-arg-escape-rules=return -fplugin-arg-escape-severity=return:loud -fplugin-arg-escape-sink=my_keep -fplugin-arg-escape-version=1" } */
/* { dg-regexp "cc1: error: escape: unknown argument 'frob'; valid arguments are (?:\[a-z, -\]+, )?version" "unknown key" } */
/* { dg-regexp "cc1: error: escape: unknown severity 'loud' in 'severity'; valid severities are off, note, warning, error" "unknown severity" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "malformed sink" } */
/* { dg-regexp "cc1: error: escape: argument 'version' takes no value" "version value" } */

#include "args-error.h"
