import { describe, expect, it } from 'vitest';
import { attributionText } from './attribution';

describe('attributionText', () => {
	it('turns markup into text the attribution control shows as it is', () => {
		expect(attributionText('<img src="http://evil.example/x.png"> & <a href=x>y</a>')).toBe(
			'&lt;img src=&quot;http://evil.example/x.png&quot;&gt; &amp; &lt;a href=x&gt;y&lt;/a&gt;'
		);
		expect(attributionText('© OpenStreetMap contributors')).toBe('© OpenStreetMap contributors');
	});
});
