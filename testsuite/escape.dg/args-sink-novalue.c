/* Arguments: sink without a value is an error with an example.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink" } */
/* { dg-regexp "cc1: error: escape: argument 'sink' needs a value, e\\.g\\. 'sink=g_async_queue_push:2'" "sink needs a value" } */

#include "args-error.h"
