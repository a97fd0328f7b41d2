// Reference data: the kinds of need and service (000, 001 §5, 003). Codes are part of the public model.
UNWIND [
  ['WATCHING', '見守り', 'Watching over'],
  ['SHOPPING', '買い物', 'Shopping'],
  ['MEALS', '配食・食事', 'Meals'],
  ['TRANSPORT', '移動支援・外出', 'Transport and outings'],
  ['HOUSEWORK', '家事援助', 'Housework'],
  ['GARBAGE', 'ゴミ出し', 'Garbage'],
  ['YARD_WORK', '草刈り・庭', 'Yard work'],
  ['SALON', '通いの場・サロン', 'Salon / place to go'],
  ['COMPANIONSHIP', '話し相手', 'Companionship'],
  ['MEDICATION', '服薬', 'Medication'],
  ['MEDICAL_CARE', '医療', 'Medical care'],
  ['HOME_NURSING', '訪問看護', 'Home nursing'],
  ['HOME_CARE', '訪問介護', 'Home care'],
  ['DAY_CARE', '通所', 'Day care'],
  ['CONSULTATION', '相談', 'Consultation'],
  ['MONEY_MANAGEMENT', '金銭管理', 'Money management'],
  ['CARER_SUPPORT', '介護者支援', 'Carer support'],
  ['DEMENTIA_SUPPORT', '認知症支援', 'Dementia support']
] AS kind
MERGE (s:ServiceKind {code: kind[0]})
SET s.id = 'service-' + toLower(replace(kind[0], '_', '-')), s.nameJa = kind[1], s.nameEn = kind[2], s.name = kind[1];
