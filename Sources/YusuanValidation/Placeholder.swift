// YusuanValidation
