export const id = 933;
export const ids = [933];
export const modules = {

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fingerprintCommand: () => (/* binding */ fingerprintCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

// Placeholder until the capability lands; see the issue for `go-ci-kit fingerprint`.
const fingerprintCommand = {
    name: 'fingerprint',
    summary: 'fingerprint',
    help: 'Usage: go-ci-kit fingerprint [--json]\n\nNot implemented yet.',
    async run() {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('go-ci-kit fingerprint is not implemented yet');
    }
};


/***/ })

};
