export default function isArrayish(obj) {
	if (!obj || typeof obj === "string") {
		return false;
	}
	return obj instanceof Array || Array.isArray(obj) ||
		(ArrayBuffer.isView && ArrayBuffer.isView(obj) && !(obj instanceof DataView)) ||
		(obj.length >= 0 && (obj.splice instanceof Function ||
			(Object.getOwnPropertyDescriptor(obj, (obj.length - 1)) && obj.constructor.name !== "String")));
}
