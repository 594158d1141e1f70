/**
 * A tile-grid map of China: one equal square per province-level division,
 * placed roughly where it lies (column west → east, row north → south), no
 * borders. CHARTS.md prefers it to a choropleth, where Tibet and Xinjiang
 * would outweigh Beijing and Shanghai. Ids follow data/README.md.
 */
export interface Tile {
  id: string;
  zh: string;
  en: string;
  col: number;
  row: number;
}

export const CHINA_TILES: readonly Tile[] = [
  { id: 'heilongjiang', zh: '黑龙江', en: 'Heilongjiang', col: 8, row: 0 },
  { id: 'inner-mongolia', zh: '内蒙古', en: 'Inner Mongolia', col: 6, row: 1 },
  { id: 'beijing', zh: '北京', en: 'Beijing', col: 7, row: 1 },
  { id: 'jilin', zh: '吉林', en: 'Jilin', col: 8, row: 1 },
  { id: 'xinjiang', zh: '新疆', en: 'Xinjiang', col: 1, row: 2 },
  { id: 'ningxia', zh: '宁夏', en: 'Ningxia', col: 4, row: 2 },
  { id: 'shanxi', zh: '山西', en: 'Shanxi', col: 5, row: 2 },
  { id: 'hebei', zh: '河北', en: 'Hebei', col: 6, row: 2 },
  { id: 'tianjin', zh: '天津', en: 'Tianjin', col: 7, row: 2 },
  { id: 'liaoning', zh: '辽宁', en: 'Liaoning', col: 8, row: 2 },
  { id: 'qinghai', zh: '青海', en: 'Qinghai', col: 2, row: 3 },
  { id: 'gansu', zh: '甘肃', en: 'Gansu', col: 3, row: 3 },
  { id: 'shaanxi', zh: '陕西', en: 'Shaanxi', col: 4, row: 3 },
  { id: 'henan', zh: '河南', en: 'Henan', col: 5, row: 3 },
  { id: 'shandong', zh: '山东', en: 'Shandong', col: 6, row: 3 },
  { id: 'tibet', zh: '西藏', en: 'Tibet', col: 1, row: 4 },
  { id: 'sichuan', zh: '四川', en: 'Sichuan', col: 3, row: 4 },
  { id: 'chongqing', zh: '重庆', en: 'Chongqing', col: 4, row: 4 },
  { id: 'hubei', zh: '湖北', en: 'Hubei', col: 5, row: 4 },
  { id: 'anhui', zh: '安徽', en: 'Anhui', col: 6, row: 4 },
  { id: 'jiangsu', zh: '江苏', en: 'Jiangsu', col: 7, row: 4 },
  { id: 'shanghai', zh: '上海', en: 'Shanghai', col: 8, row: 4 },
  { id: 'yunnan', zh: '云南', en: 'Yunnan', col: 2, row: 5 },
  { id: 'guizhou', zh: '贵州', en: 'Guizhou', col: 3, row: 5 },
  { id: 'hunan', zh: '湖南', en: 'Hunan', col: 4, row: 5 },
  { id: 'jiangxi', zh: '江西', en: 'Jiangxi', col: 5, row: 5 },
  { id: 'fujian', zh: '福建', en: 'Fujian', col: 6, row: 5 },
  { id: 'zhejiang', zh: '浙江', en: 'Zhejiang', col: 7, row: 5 },
  { id: 'guangxi', zh: '广西', en: 'Guangxi', col: 3, row: 6 },
  { id: 'guangdong', zh: '广东', en: 'Guangdong', col: 4, row: 6 },
  { id: 'taiwan', zh: '台湾', en: 'Taiwan', col: 7, row: 6 },
  { id: 'hainan', zh: '海南', en: 'Hainan', col: 3, row: 7 },
  { id: 'macau', zh: '澳门', en: 'Macau', col: 4, row: 7 },
  { id: 'hong-kong', zh: '香港', en: 'Hong Kong', col: 5, row: 7 },
];

export const TILE_COLUMNS = 9;
export const TILE_ROWS = 8;

export function tileOf(id: string): Tile {
  const tile = CHINA_TILES.find((t) => t.id === id);
  if (!tile) throw new Error(`no tile for province "${id}" (see src/charts/lib/china-tiles.ts)`);
  return tile;
}
