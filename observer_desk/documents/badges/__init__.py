"""Accreditation badges as print-ready PDF: layouts (layouts.py), one badge's front and back
(drawing.py, with text fitting in text.py), the document with sheets, crop marks, duplex backs
and the calibration page (pdf.py), and the check before printing (check.py).

The modules are imported where they are used; this package itself imports nothing, so that the
services can read the layouts without loading reportlab's drawing code.
"""
