"""Printed documents as PDF (reportlab, DejaVu fonts embedded): EU attendance sheets, badges with
QR codes and certificates of attendance; Qt-free, so the command line prints them too."""
