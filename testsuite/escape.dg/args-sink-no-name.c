/* Arguments: a sink item without a function name is malformed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=:1" } */
/* { dg-regexp "cc1: error: escape: bad value ':1' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "no NAME" } */

#include "args-error.h"
