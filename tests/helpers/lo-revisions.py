"""Accepts or rejects every tracked change of Word documents in LibreOffice, then saves each as
plain text: what a reader gets from Review > Accept All / Reject All. Run by tests/helpers/libreoffice.ts
with Debian's python3 and python3-uno, against a headless soffice listening on a pipe.

usage: lo-revisions.py PIPE accept|reject OUT_DIR FILE.docx...
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    last = None
    # Up to 60 s: several soffice starting at once on a loaded machine (the unit tests' workers) can take long.
    for _ in range(600):
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception as e:  # soffice still starting
            last = e
            time.sleep(0.1)
    raise RuntimeError(f'could not reach soffice on pipe {pipe}: {last}')


def main():
    pipe, action, out_dir, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    ctx = connect(pipe)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    dispatcher = smgr.createInstanceWithContext('com.sun.star.frame.DispatchHelper', ctx)
    command = '.uno:AcceptAllTrackedChanges' if action == 'accept' else '.uno:RejectAllTrackedChanges'
    for f in files:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), '_blank', 0, (prop('Hidden', True),))
        try:
            dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, '', 0, ())
            left = doc.getRedlines().getCount() if hasattr(doc, 'getRedlines') else -1
            name = os.path.splitext(os.path.basename(f))[0]
            out = os.path.join(out_dir, f'{name}.txt')
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'Text (encoded)'), prop('FilterOptions', 'UTF8,LF,,,')))
            with open(os.path.join(out_dir, f'{name}.left'), 'w') as fh:
                fh.write(str(left))
        finally:
            doc.close(True)


if __name__ == '__main__':
    main()
