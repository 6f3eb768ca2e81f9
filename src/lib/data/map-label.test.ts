import { describe, expect, it } from 'vitest';
import { mapLabel } from './map-label';

describe('mapLabel', () => {
	it('leaves out asides in brackets and the company form', () => {
		expect(mapLabel('BJCA (Beijing Certificate Authority) Wuhan R&D and Operations Centre')).toBe(
			'BJCA Wuhan R&D and Operations Centre'
		);
		expect(mapLabel('Wuhan BOE Optoelectronics Technology Co., Ltd.')).toBe(
			'Wuhan BOE Optoelectronics Technology'
		);
		expect(mapLabel('Mengniu Hi-Tech Dairy (Wuhan) Co., Ltd.')).toBe('Mengniu Hi-Tech Dairy');
		expect(mapLabel('东西湖区人民政府（吴家山）')).toBe('东西湖区人民政府');
		expect(mapLabel('武汉京东方光电科技有限公司')).toBe('武汉京东方光电科技');
		expect(mapLabel('中欧班列（武汉）吴家山铁路集装箱中心站')).toBe(
			'中欧班列吴家山铁路集装箱中心站'
		);
	});

	it('keeps a name that has nothing to leave out, or would be left empty', () => {
		expect(mapLabel('金银湖')).toBe('金银湖');
		expect(mapLabel('Jinyin Lake')).toBe('Jinyin Lake');
		expect(mapLabel('(Wuhan)')).toBe('(Wuhan)');
	});
});
