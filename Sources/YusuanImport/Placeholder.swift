// YusuanImport
