/**
 * Messages every surface uses: the product's one name per language, the
 * highlight colours, and the words of common buttons.
 * @module lib/i18n/catalogue/common
 */
import { section } from '../translate';

// Pure: a surface that does not show these messages leaves them out of its bundle.
export const common = /* @__PURE__ */ section(
  {
    'app.name': 'Renmin Reader',
    'color.group': 'Colour',
    'color.yellow': 'Yellow',
    'color.green': 'Green',
    'color.blue': 'Blue',
    'color.pink': 'Pink',
    'color.purple': 'Purple',
    'action.close': 'Close',
    'action.delete': 'Delete',
    'action.cancel': 'Cancel',
    'action.undo': 'Undo',
    'action.save': 'Save',
    'action.discard': 'Discard',
    'action.openLibrary': 'Highlights library',
    'action.openOptions': 'Options',
    'dict.attribution': 'Definitions from CC-CEDICT (CC BY-SA 4.0)',
  },
  {
    'app.name': '人民阅读',
    'color.group': '颜色',
    'color.yellow': '黄色',
    'color.green': '绿色',
    'color.blue': '蓝色',
    'color.pink': '粉色',
    'color.purple': '紫色',
    'action.close': '关闭',
    'action.delete': '删除',
    'action.cancel': '取消',
    'action.undo': '撤销',
    'action.save': '保存',
    'action.discard': '放弃',
    'action.openLibrary': '标注库',
    'action.openOptions': '设置',
    'dict.attribution': '释义来自 CC-CEDICT（CC BY-SA 4.0）',
  },
);
