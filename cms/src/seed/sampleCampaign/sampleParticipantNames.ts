const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']
const givenNames = [
  '建华',
  '晓东',
  '丽萍',
  '志刚',
  '海燕',
  '文静',
  '国强',
  '雪梅',
  '立军',
  '春燕',
  '明亮',
  '秀兰',
  '子涵',
  '宇航',
  '思远',
  '佳怡',
]

/** A plausible Chinese name for the n-th generated participant (deterministic, so seeding again gives the same people). */
export function sampleParticipantName(n: number): string {
  return `${surnames[n % surnames.length]}${givenNames[(n * 7 + Math.floor(n / surnames.length)) % givenNames.length]}`
}
