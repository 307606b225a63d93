export const id = 446;
export const ids = [446];
export const modules = {

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keyCommand: () => (/* binding */ keyCommand)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

// Placeholder until the capability lands; see the issue for `go-ci-kit key`.
const keyCommand = {
    name: 'key',
    summary: 'key',
    help: 'Usage: go-ci-kit key [--json]\n\nNot implemented yet.',
    async run() {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('go-ci-kit key is not implemented yet');
    }
};


/***/ })

};
